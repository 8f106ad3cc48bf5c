/** npm run content:hash — prints the source_hash a translation of each topic should carry. */
import { loadContent } from '../lib/content/load';

for (const topic of loadContent().content.topics) console.log(`${topic.id}: ${topic.hash}`);
