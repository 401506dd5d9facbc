/**
 * Whether the raw public files the imports read are here (scripts/lib/raw-files.mjs). Tests
 * that need them run only when they are; tests/unit/raw-files.test.ts says which are missing,
 * and fails when CI is set, so in CI they can never be left out unnoticed.
 */
import { missingRawFiles } from '../../scripts/lib/raw-files.mjs';

/** The raw files that are missing, as full paths. */
export const missingRaw = missingRawFiles();

/** True when every raw file the tests read is here. */
export const haveRawFiles = missingRaw.length === 0;
