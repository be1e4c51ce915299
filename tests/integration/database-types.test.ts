// src/lib/database.types.ts must describe the schema the migrations build: regenerate
// the types from the live test database and compare.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDatabaseTypes } from '../../stack/typegen/generate.ts';
import { testStack } from '../support/clients.ts';

describe('src/lib/database.types.ts', () => {
  it('matches the live schema', async () => {
    const committed = readFileSync(new URL('../../src/lib/database.types.ts', import.meta.url), 'utf8');
    const generated = await generateDatabaseTypes(testStack.dbUrl);
    expect(
      committed === generated,
      'src/lib/database.types.ts is out of date with supabase/migrations: run `npm run db:types` (with `npm start` running) and commit the result',
    ).toBe(true);
    expect(committed).toBe(generated);
  });
});
