import { describe, expect, it, vi } from 'vitest';
import { consoleLogger } from '../../src/cli/console-logger.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream, writes };
}

describe('console logger progress', () => {
  it('draws progress on a TTY only after the scan has run for a second, and clears it', () => {
    vi.useFakeTimers();
    try {
      const { stream, writes } = fakeStream(true);
      const logger = consoleLogger(stream);
      logger.progress!(1, 10);
      expect(writes).toEqual([]);
      vi.advanceTimersByTime(1500);
      logger.progress!(5, 10);
      expect(writes.at(-1)).toContain('scanning: 5/10 files');
      logger.finish();
      expect(writes.at(-1)).toBe('\r\u001b[K');
    } finally {
      vi.useRealTimers();
    }
  });

  it('never draws progress when stderr is not a TTY', () => {
    vi.useFakeTimers();
    try {
      const { stream, writes } = fakeStream(false);
      const logger = consoleLogger(stream);
      vi.advanceTimersByTime(5000);
      logger.progress!(5, 10);
      logger.finish();
      expect(writes).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
