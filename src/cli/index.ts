import { BOOTSTRAP_HANDLERS } from '../compare/parallel.js';
import { DECODE_HANDLERS } from '../tasks/classification/parallel-load.js';
import { isWorkerThread, serveWorkerTasks } from '../worker/serve.js';
import { main } from './main.js';

// The bundle doubles as the script of its worker threads (decoding and bootstrap).
if (isWorkerThread()) serveWorkerTasks({ ...DECODE_HANDLERS, ...BOOTSTRAP_HANDLERS });
else process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
