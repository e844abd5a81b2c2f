import { composeLotsenbot, VERSION } from './compose.ts';
import { ConfigError, loadConfig } from './config.ts';

/** Composition root: config → adapters → services → bot → server.listen. */
async function main(): Promise<void> {
  const config = loadConfig();
  const bot = await composeLotsenbot(config);
  if (config.bot.localMode) {
    bot.deps.log('warn', 'MicrosoftAppId is empty: local mode without authentication (Agents Playground, tests). Never run like this in production.');
  }
  bot.workers.start();
  bot.server.listen(config.port, config.host, () => {
    process.stdout.write(`Lotsenbot ${VERSION} listening on http://localhost:${config.port}/api/messages (store: ${bot.database.location.path})\n`);
  });
  const stop = async () => {
    await bot.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || (error instanceof Error && /DataFile|Programme|Storage/.test(error.name)) ? error.message : String((error as Error)?.stack ?? error);
  process.stderr.write(`Lotsenbot could not start:\n${message}\n`);
  process.exit(1);
});
