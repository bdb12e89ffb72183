import { startServer } from '../serve/server';

/** `etapaja serve`: the sidebar, the web app, Drive, the outbox and /form on http://127.0.0.1:PORT. */
export async function serve(options: {
  dir?: string;
  port?: string;
  faults?: string;
}): Promise<void> {
  const port = options.port === undefined ? 8080 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`Bad --port: ${options.port}`);
  const running = await startServer({ dir: options.dir, port, faults: options.faults });
  console.log(
    [
      `Etäpaja on ${running.url} (workspace ${options.dir ?? '.etapaja/default'}; Ctrl+C stops)`,
      `  ${running.url}/          the coach's sidebar`,
      `  ${running.url}/exec      the web app (doGet/doPost)`,
      `  ${running.url}/drive     Drive`,
      `  ${running.url}/outbox    mail sent`,
      `  ${running.url}/form      a client's reflection form (?client=ID or ?t=TOKEN)`,
    ].join('\n'),
  );
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
