// Prints (or with --out, writes) the database types: `npx tsx stack/typegen/cli.ts [dbUrl]
// [--out file]`. Without dbUrl it reads the local stack's database (FACTMARK_DB_PORT or 54322).
import { writeFileSync } from 'node:fs';
import { dbPassword, dbUser, portsFromEnv } from '../config.ts';
import { generateDatabaseTypes } from './generate.ts';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outFile = outIndex >= 0 ? args[outIndex + 1] : undefined;
if (outIndex >= 0 && !outFile) throw new Error('--out needs a file name');
const positional = outIndex >= 0 ? args.filter((_, i) => i !== outIndex && i !== outIndex + 1) : args;
const databaseUrl =
  positional[0] ?? `postgresql://${dbUser}:${dbPassword}@127.0.0.1:${portsFromEnv().db}/postgres`;

try {
  const types = await generateDatabaseTypes(databaseUrl);
  if (outFile) writeFileSync(outFile, types);
  else process.stdout.write(types);
} catch (error) {
  console.error(`could not generate types from ${databaseUrl.replace(/:[^:@/]*@/, ':***@')}: ${(error as Error).message}`);
  process.exitCode = 1;
}
