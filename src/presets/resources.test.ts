/**
 * The outlet directory the default resources give provenance: publishers by their web and
 * image hosts, photo agencies' image servers naming none (their pictures illustrate every
 * outlet's stories).
 */
import { describe, expect, it } from 'vitest';
import { OUTLETS } from '../stages/09-provenance/outlets.js';
import { defaultResources } from './resources.js';

describe('the default outlet directory', () => {
  const outlets = defaultResources().use(OUTLETS);

  it('names the publisher of a web or image host', () => {
    expect(outlets.outletForHost('image.cnbcfm.com')).toBe('CNBC');
    expect(outlets.outletForHost('www.reuters.com')).toBe('Reuters');
  });

  it('names no publisher for a photo agency’s image server', () => {
    expect(outlets.outletForHost('media.gettyimages.com')).toBeNull();
  });
});
