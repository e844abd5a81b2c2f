export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type Log = (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** One JSON line per event on stderr, so stdout stays free for the start-up banner. */
export function createLog(threshold: LogLevel): Log {
  return (level, message, extra) => {
    if (ORDER[level] < ORDER[threshold]) return;
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...extra })}\n`);
  };
}
