import { isDecodeWorker, serveDecodeTasks } from './evaluate/worker.js';
import { run } from './action/main.js';

// The bundle doubles as the script of its decode workers.
if (isDecodeWorker()) serveDecodeTasks();
else await run();
