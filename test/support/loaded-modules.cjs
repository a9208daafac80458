// Preloaded (`node --require`) by a test: at exit, writes the file of every CommonJS module the
// process loaded, one a line, to $LOADED_MODULES_FILE (ES modules of packages load CommonJS ones
// through the same cache, so a compiler shows here however it was imported).
const { writeFileSync } = require('node:fs');
const Module = require('node:module');

process.on('exit', () => {
  writeFileSync(process.env.LOADED_MODULES_FILE, Object.keys(Module._cache).join('\n'));
});
