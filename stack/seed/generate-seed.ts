// Writes supabase/seed.sql from the seed article fixture: `npx tsx stack/seed/generate-seed.ts`.
import { writeFileSync } from 'node:fs';
import { renderSeed, seedPath } from './render-seed.ts';

writeFileSync(seedPath, renderSeed());
console.log(`wrote ${seedPath}`);
