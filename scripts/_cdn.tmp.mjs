import { rollup } from 'rollup';
const config = (await import('../rollup.config.js')).default;
const b = await rollup(config); await b.write(config.output); await b.close();
