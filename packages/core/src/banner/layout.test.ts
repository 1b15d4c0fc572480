import { describe, expect, it } from 'vitest';
import { BANNER_LAYOUTS, layoutAttributes, type BannerPlacement } from './layout';

describe('layoutAttributes: the one layout option of every renderer', () => {
  it('fills in each layout\'s default position and keeps a given one', () => {
    expect(layoutAttributes(undefined)).toBeUndefined();
    expect(layoutAttributes({ type: 'bar' })).toEqual(['bar', 'bottom']);
    expect(layoutAttributes({ type: 'box' })).toEqual(['box', 'bottom-end']);
    expect(layoutAttributes({ type: 'cloud', position: 'top' })).toEqual(['cloud', 'top']);
    for (const [type, positions] of Object.entries(BANNER_LAYOUTS)) {
      for (const position of positions) expect(layoutAttributes({ type, position } as BannerPlacement)).toEqual([type, position]);
    }
  });

  it('refuses an unknown layout or a position the layout does not have, naming the allowed values', () => {
    expect(() => layoutAttributes({ type: 'modal' } as unknown as BannerPlacement)).toThrow(/no banner layout \{"type":"modal"\}; use one of \{"bar":\["bottom","top"\],"box"/);
    expect(() => layoutAttributes({ type: 'toString' } as unknown as BannerPlacement)).toThrow(TypeError);
    expect(() => layoutAttributes({ type: 'bar', position: 'bottom-end' } as unknown as BannerPlacement)).toThrow(
      /no banner layout \{"type":"bar","position":"bottom-end"\}; use one of \{"bar":\["bottom","top"\]/,
    );
    // A value that would break out of the attribute never reaches the markup.
    expect(() => layoutAttributes({ type: 'box', position: '"><script>' } as unknown as BannerPlacement)).toThrow(TypeError);
  });
});
