/** The core logs only through this interface; the CLI and the Action each provide one. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  /** Progress of a long scan; implementations may ignore it (no TTY, CI log). */
  progress?(done: number, total: number): void;
}

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warning() {},
};
