import { Command } from 'commander';
import { advance, call, init, runScript } from './commands/workspace-commands';
import { openCommand } from './commands/open';
import { exportCommand } from './commands/export';
import { demo } from './commands/demo';
import { importClients } from './commands/import-clients';
import { respond } from './commands/respond';
import { chaos } from './commands/chaos';
import { serve } from './commands/serve';
import { auditCommand } from './commands/audit';
import { bench } from './commands/bench';

/**
 * `etapaja`: the command line over the offline Apps Script runtime. Every command that touches
 * a workspace takes --dir and --faults; those that report take --json.
 */
const program = new Command();
program
  .name('etapaja')
  .description('Etäpaja on the offline Apps Script runtime')
  .showHelpAfterError();

const DIR = ['--dir <dir>', 'workspace folder', '.etapaja/default'] as const;
const FAULTS = [
  '--faults <spec>',
  'inject faults, e.g. mail=0.2,sheets=0.05,seed=7,crash-at=40',
] as const;

program
  .command('demo')
  .description('fresh workspace, setup, demo roster, two simulated weeks; prints where to look')
  .option('--dir <dir>', 'workspace folder', '.etapaja/demo')
  .option('--addon', 'install Etäpaja as an editor add-on instead of a bound script')
  .option(...FAULTS)
  .option('--json', 'machine-readable summary')
  .action((options) => demo(options));

program
  .command('init')
  .description("new workspace; runs the add-on's own setup")
  .option(...DIR)
  .option('--lang <lang>', 'workbook language: fi, sv or en', 'fi')
  .option('--tz <zone>', 'time zone', 'Europe/Helsinki')
  .option('--start <iso>', 'simulated clock at creation')
  .option('--seed <n>', 'seed of the simulated world')
  .option('--addon', 'install Etäpaja as an editor add-on instead of a bound script')
  .option('--blank-active-user', 'Session.getActiveUser() blank in triggers and web apps')
  .option(...FAULTS)
  .option('--json')
  .action((options) => {
    init(options);
  });

program
  .command('open')
  .description('a person opens the workbook: fires onOpen in that auth mode, prints the menu')
  .option('--auth <mode>', 'none, limited or full (default: limited bound, none add-on)')
  .option('--as <email>', 'who opens it (default: the workbook owner)')
  .option(...DIR)
  .option(...FAULTS)
  .option('--json')
  .action((options) => openCommand(options));

program
  .command('import-clients <file>')
  .description(
    "imports a roster (.csv in any common encoding, or .xlsx) through the add-on's own import",
  )
  .option(...DIR)
  .option('--map <mapping...>', 'map an unknown header to a field: "Header=field"')
  .option(
    '--map-values <mapping...>',
    'map a word the import does not know to a known one, remembered for the workbook: "Malli:jatkuva=pitkäaikainen" (or "=leave out")',
  )
  .option('--sheet <name>', 'the .xlsx sheet to read (default: the first)')
  .option(...FAULTS)
  .option('--json')
  .action((file, options) => importClients(file, options));

program
  .command('advance')
  .description('moves the clock, firing due triggers in order')
  .requiredOption('--to <iso>', 'ISO date-time (workbook zone unless an offset is given)')
  .option(...DIR)
  .option(...FAULTS)
  .option('--json')
  .option('--quiet', "without the executions' log lines")
  .action((options) => advance(options));

program
  .command('call <fn> [jsonArgs]')
  .description('calls a server function as google.script.run would')
  .option('--as <email>', 'the user the call runs as')
  .option(...DIR)
  .option(...FAULTS)
  .option('--quiet', "without the execution's log lines (printed on stderr)")
  .action((fn, jsonArgs, options) => call(fn, jsonArgs, options));

program
  .command('run-script <file>')
  .description(
    'runs a plain Apps Script file, or a project folder (its .js/.gs files, .html files and appsscript.json), against the same workspace',
  )
  .option('--function <name>', 'function to run (default: main, myFunction or the only one)')
  .option(...DIR)
  .option(...FAULTS)
  .option('--json')
  .option('--quiet', "without the execution's log lines")
  .option(
    '--answer <button[=text]>',
    "the person's answer to the next dialog (alert, prompt, Browser.msgBox/inputBox): OK, CANCEL, YES, NO or CLOSE, with =text for a prompt; repeat for several",
    (value: string, previous: string[]) => [...previous, value],
    [] as string[],
  )
  .action((file, options) => runScript(file, options));

program
  .command('respond')
  .description('a client submits the daily reflection form (through their link, or with --token)')
  .option('--client <id>', 'submit through the link this client is sent')
  .option('--token <token>', 'submit with this token, as a guessed or replayed link would')
  .option('--lang <lang>', 'with --token: the form language fi, sv or en', 'fi')
  .option('--date <date>', 'the day answered for, YYYY-MM-DD (default: today)')
  .option('--hours <h>')
  .option('--did <text>')
  .option('--went <1-5>')
  .option('--thoughts <text>')
  .option('--to-coach <text>')
  .option('--wish <text>')
  .option('--as <email>', "the respondent's Google account (kept if the form collects emails)")
  .option(...DIR)
  .option(...FAULTS)
  .option('--json')
  .action((options) => {
    respond(options);
  });

program
  .command('chaos')
  .description(
    'replays one seeded chaos run (test/chaos) and prints its invariant checks; --outage sweeps the Monday–Thursday outage over seeds',
  )
  .option('--seed <n>', 'seed of the run (default 1)')
  .option('--months <m>', 'simulated months of 28 days (default 1)')
  .option('--days <d>', 'simulated days (instead of --months)')
  .option('--faults <spec>', 'base fault probabilities, e.g. mail=0.1,sheets=0.02')
  .option('--outage', 'the days-long outage scenario (test/chaos/outage.ts) instead of a month')
  .option('--seeds <list>', 'with --outage: seeds to sweep, e.g. 100-149 or 7,9,12')
  .option('--json')
  .action((options) => chaos(options));

program
  .command('export')
  .description('sheets as CSV, outbox, Drive tree, triggers, calendar and call log as files')
  .requiredOption('--out <dir>', 'output folder')
  .option(...DIR)
  .option(...FAULTS)
  .option('--json')
  .action((options) => exportCommand(options));

program
  .command('audit')
  .description(
    'data-protection audit through googleapis: who can reach which client folder, link sharing, retention, trigger owners',
  )
  .option(...DIR)
  .option('--json', 'the report as JSON')
  .option('--today <date>', 'measure retention against this day (YYYY-MM-DD)')
  .option('--spreadsheet <id>', "real Google: the coach's workbook (spreadsheet id)")
  .option('--credentials <file>', 'real Google: Desktop OAuth client JSON (docs/admin/audit.md)')
  .option('--token <file>', 'real Google: OAuth token cache')
  .action(async (options) => {
    try {
      await auditCommand(options);
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    }
  });

program
  .command('serve')
  .description('local web: the sidebar at /, the web app at /exec, Drive and the outbox')
  .option(...DIR)
  .option('--port <port>', 'port on 127.0.0.1', '8080')
  .option(...FAULTS)
  .action((options) =>
    serve(options).catch((error: Error) => {
      console.error(error.message);
      process.exit(1);
    }),
  );

program
  .command('bench')
  .description('performance: service calls and modelled time per job, beside a naive baseline')
  .option('--clients <n>', 'roster sizes, comma-separated (default 25,250,2500,10000)')
  .option('--json', 'print {"runs": [...]} to standard output')
  .option('--out <file>', 'write the Markdown report here (default: docs/performance.md)')
  .option('--no-baseline', 'skip the naive baseline')
  .action((options) => bench(options));

try {
  program.parse();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
