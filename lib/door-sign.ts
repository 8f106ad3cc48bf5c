/** What the door sign prints besides its own short lines: the door topic's phrases and cautions, and one number. */
import type { Locale } from '../i18n/routing';
import { type Content, findTopic, type TopicView, topicView } from './content';
import { type FlyerNumber, homeHelpNumber } from './flyer';

/**
 * The rights topic the sign is a short form of. Its "say" phrases are what to say through the
 * door, and its translation and review status are the sign's cautions.
 */
const DOOR_TOPIC = 'agents-at-door';

export type DoorSignData = { topic: TopicView; help: FlyerNumber | undefined };

export function doorSignData(content: Content, locale: Locale): DoorSignData {
  const topic = findTopic(content, DOOR_TOPIC);
  if (!topic) throw new Error(`The door sign prints the phrases of the rights topic "${DOOR_TOPIC}", but content/rights/${DOOR_TOPIC}/ is missing.`);
  return { topic: topicView(topic, locale), help: homeHelpNumber(content, locale) };
}
