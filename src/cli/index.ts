import { isDecodeWorker, serveDecodeTasks } from '../evaluate/worker.js';
import { main } from './main.js';

// The bundle doubles as the script of its decode workers.
if (isDecodeWorker()) serveDecodeTasks();
else process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
