// Generates src/lib/database.types.ts's content from a live database (schema public).
import pg from 'pg';
import { introspectSchema } from './introspect.ts';
import { renderDatabaseTypes } from './render.ts';

export async function generateDatabaseTypes(databaseUrl: string, schemas: string[] = ['public']): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const infos = [];
    for (const schema of schemas) infos.push(await introspectSchema(client, schema));
    return renderDatabaseTypes(infos);
  } finally {
    await client.end();
  }
}
