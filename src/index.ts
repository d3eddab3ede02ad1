import { BOOTSTRAP_HANDLERS } from './compare/parallel.js';
import { DECODE_HANDLERS } from './tasks/classification/parallel-load.js';
import { isWorkerThread, serveWorkerTasks } from './worker/serve.js';
import { run } from './action/main.js';

// The bundle doubles as the script of its worker threads (decoding and bootstrap).
if (isWorkerThread()) serveWorkerTasks({ ...DECODE_HANDLERS, ...BOOTSTRAP_HANDLERS });
else await run();
