// dist/server.js: the language server, and also the script of its index worker threads
// (one bundle keeps the extension small).
import { isMainThread } from 'node:worker_threads';
import { runIndexWorker } from './indexWorker';
import { runServer } from './server';

if (isMainThread) runServer();
else runIndexWorker();
