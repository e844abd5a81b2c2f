export * from './result.ts';
export * from './clock.ts';
export * from './money.ts';
export * from './ids.ts';
export * from './berlin-time.ts';
export * from './data-file.ts';
