/**
 * The overview band's size, in its own module so the element's styles can hold the band's place
 * before the overview is defined without pulling the overview's code into the first chunk.
 */

/** The band's height, border included. */
export const BAND_PX = 48;

/** Padding above and below the band, inside the overview's host: room for the window's focus ring. */
export const BAND_MARGIN_PX = 6;

/** The overview host's whole height: the band and the room around it. */
export const OVERVIEW_HOST_PX = BAND_PX + 2 * BAND_MARGIN_PX;
