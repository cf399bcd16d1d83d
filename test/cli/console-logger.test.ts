import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleLogger } from '../../src/cli/console-logger.js';

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('consoleLogger progress', () => {
  it('draws progress in the given unit on a TTY once a scan is long, and clears it at the end', () => {
    vi.useFakeTimers({ now: 0 });
    const { writes, stream: err } = stream(true);
    const logger = consoleLogger(err, false, 'commits');
    logger.progress!(1, 10);
    expect(writes).toEqual([]);
    vi.setSystemTime(1500);
    logger.progress!(5, 10);
    logger.finish();
    expect(writes).toEqual(['\r\u001b[Kscanning: 5/10 commits', '\r\u001b[K']);
  });

  it('stays silent when stderr is not a TTY', () => {
    vi.useFakeTimers({ now: 0 });
    const { writes, stream: err } = stream(false);
    const logger = consoleLogger(err);
    vi.setSystemTime(5000);
    logger.progress!(5, 10);
    logger.finish();
    expect(writes).toEqual([]);
  });
});
