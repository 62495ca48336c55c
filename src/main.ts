import { loadBotConfig } from '../bot/config';
import { loadConfig } from './config';
import { startRake } from './compose';

// The browser tests import startRake from here; re-exported so there is one way to start.
export { startRake, type RunningRake, type StartOptions } from './compose';

/** `node dist/src/main.js`: start from the environment, stop cleanly on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.ok) {
    console.error(`RAKE cannot start:\n${config.error.map((p) => `  - ${p}`).join('\n')}`);
    process.exitCode = 1;
    return;
  }
  const bot = loadBotConfig(process.env, `http://localhost:${config.value.port}/`);
  if (!bot.ok) {
    console.error(`RAKE cannot start:\n${bot.error.map((p) => `  - ${p}`).join('\n')}`);
    process.exitCode = 1;
    return;
  }
  const rake = await startRake(config.value, { bot: bot.value });
  const stop = (signal: NodeJS.Signals): void => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    rake.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`RAKE did not stop cleanly after ${signal}:`, error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error('RAKE failed to start:', error);
    process.exit(1);
  });
}
