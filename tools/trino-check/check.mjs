// A long-lived Trino syntax checker for the test suite.
// Protocol: one JSON request per line on stdin, {"id": <any>, "sql": "<text>"};
// one JSON response per line on stdout, {"id": <same>, "errors": [{startLine, endLine, startColumn, endColumn, message}]}.
// A request that cannot be handled gets {"id": ..., "failure": "<reason>"} instead, so the caller never waits forever.
// The first line written is {"ready": true} once the grammar has loaded.
// Run: node --import ./register.mjs ./check.mjs
import { createInterface } from 'node:readline';
import { TrinoSQL } from 'dt-sql-parser';

const parser = new TrinoSQL();

function toError(e) {
  return {
    startLine: e.startLine,
    endLine: e.endLine,
    startColumn: e.startColumn,
    endColumn: e.endColumn,
    message: e.message,
  };
}

function handle(line) {
  let request;
  try {
    request = JSON.parse(line);
  } catch (error) {
    return { id: null, failure: `request is not JSON: ${error.message}` };
  }
  if (typeof request.sql !== 'string') {
    return { id: request.id ?? null, failure: 'request has no "sql" string' };
  }
  try {
    return { id: request.id ?? null, errors: parser.validate(request.sql).map(toError) };
  } catch (error) {
    return { id: request.id ?? null, failure: `the parser threw: ${error?.stack ?? error}` };
  }
}

process.stdout.write(JSON.stringify({ ready: true }) + '\n');
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') {
    continue;
  }
  process.stdout.write(JSON.stringify(handle(line)) + '\n');
}
