/** Browser entry of the test page: exposes the run on window. */
import { runCuohe } from './run.js';

(window as unknown as { runCuohe: typeof runCuohe }).runCuohe = runCuohe;
