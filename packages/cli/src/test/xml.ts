import { JSDOM } from 'jsdom';

const parser = new new JSDOM('').window.DOMParser();

/** Parses XML strictly: throws on anything a CI system's parser would refuse. */
export function parseXml(xml: string): Document {
  const doc = parser.parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`invalid XML: ${error.textContent}`);
  return doc;
}
