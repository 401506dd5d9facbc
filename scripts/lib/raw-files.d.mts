export function sourcesDir(): string;
export function rawFilesUsed(): string[];
export function missingRawFiles(): string[];
