/**
 * One fixed fast-check seed for every property test, printed, so a run is reproducible and a
 * failure can be replayed: `FC_SEED=<seed> npx jest test/property`. Import it before any
 * `fc.assert`.
 */
import fc from "fast-check";

export const FC_SEED = Number(process.env.FC_SEED ?? 20261123);
if (!Number.isSafeInteger(FC_SEED)) throw new Error(`FC_SEED must be an integer, got ${FC_SEED}`);

fc.configureGlobal({ seed: FC_SEED });
process.stdout.write(`fast-check seed ${FC_SEED} (set FC_SEED to change it)\n`);
