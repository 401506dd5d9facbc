/** Checking that a function's output depends on its input alone. */
import { vi } from 'vitest';

/**
 * Calls `make` twice: under one clock and one Math.random, then (after `between`, a call
 * with other input) under another clock and another Math.random. Equal results show the
 * output depends on the input alone, not on the time, chance or what was made before.
 */
export function madeTwice<T>(make: () => T, between: () => unknown = () => undefined): [T, T] {
  const random = vi.spyOn(Math, 'random');
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    vi.setSystemTime(new Date('2001-02-03T04:05:06Z'));
    random.mockReturnValue(0.125);
    const first = make();
    between();
    vi.setSystemTime(new Date('2031-10-11T12:13:14Z'));
    random.mockReturnValue(0.875);
    return [first, make()];
  } finally {
    vi.useRealTimers();
    random.mockRestore();
  }
}
