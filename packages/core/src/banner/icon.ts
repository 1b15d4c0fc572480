/**
 * The opt-out icon that 11 CCR 7015(b) describes for the "Your Privacy Choices" link, as data so
 * every renderer draws it inline (no image file, no request): a blue pill with a white check on
 * its left and a blue cross on a white right half. Each entry is a path's fill and outline.
 */
export const OPT_OUT_ICON: {
  readonly viewBox: string;
  readonly width: number;
  readonly height: number;
  readonly paths: readonly (readonly [fill: string, d: string])[];
} = {
  viewBox: '0 0 30 14',
  width: 30,
  height: 14,
  paths: [
    ['#0066ff', 'M7 0h16a7 7 0 0 1 0 14H7A7 7 0 0 1 7 0z'],
    ['#ffffff', 'M15 1.5h8a5.5 5.5 0 0 1 0 11H13z'],
    ['#ffffff', 'M3.7 7.3l1.1-1.1 1.9 1.9 4-4 1.1 1.1-5.1 5.1z'],
    ['#0066ff', 'M17.6 5.2l1.1-1.1 1.8 1.8 1.8-1.8 1.1 1.1-1.8 1.8 1.8 1.8-1.1 1.1-1.8-1.8-1.8 1.8-1.1-1.1 1.8-1.8z'],
  ],
};
