import type { CardDay, DayStatus } from '../../core/client-card';
import { svg } from './dom';

/**
 * The attendance calendar as an SVG heat map: one square per day, a column per ISO week,
 * Monday at the top. Colour is never the only cue: absent days carry a cross, no-service days a
 * bar, planned days a dashed outline, each square has a <title>, and the figure is described by
 * a text summary (aria-labelledby) for screen readers.
 */
export type { DayStatus } from '../../core/client-card';
export type Day = CardDay;

// Each fill has at least 3:1 contrast against white (WCAG 1.4.11 non-text contrast).
export const COLOURS: Record<DayStatus, { fill: string; stroke: string; dash?: string }> = {
  present: { fill: '#1a7f37', stroke: '#1a7f37' },
  absent: { fill: '#b42318', stroke: '#b42318' },
  'no-service': { fill: '#5f6368', stroke: '#5f6368' },
  unknown: { fill: '#ffffff', stroke: '#5f6368' },
  planned: { fill: '#ffffff', stroke: '#1a56db', dash: '3 2' },
};

const CELL = 16;
const GAP = 3;

function utc(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

export function mondayOf(date: string): number {
  const ms = utc(date);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  return ms - weekday * 86_400_000;
}

export function heatMap(days: Day[], labelledBy: string, label: (d: Day) => string): SVGElement {
  const first = days.length ? mondayOf(days[0].date) : 0;
  const last = days.length ? mondayOf(days[days.length - 1].date) : 0;
  const weeks = days.length ? Math.round((last - first) / (7 * 86_400_000)) + 1 : 0;
  const width = Math.max(1, weeks) * (CELL + GAP);
  const height = 7 * (CELL + GAP);
  const root = svg('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': labelledBy,
    class: 'heatmap',
  });
  for (const day of days) {
    const ms = utc(day.date);
    const week = Math.round((mondayOf(day.date) - first) / (7 * 86_400_000));
    const weekday = (new Date(ms).getUTCDay() + 6) % 7;
    const x = week * (CELL + GAP);
    const y = weekday * (CELL + GAP);
    const c = COLOURS[day.status];
    const g = svg('g', { 'data-date': day.date, 'data-status': day.status });
    const rect = svg('rect', {
      x: x + 0.5,
      y: y + 0.5,
      width: CELL - 1,
      height: CELL - 1,
      rx: 2,
      fill: c.fill,
      stroke: c.stroke,
    });
    if (c.dash) rect.setAttribute('stroke-dasharray', c.dash);
    g.appendChild(svg('title', {}, label(day)));
    g.appendChild(rect);
    if (day.status === 'absent')
      g.appendChild(
        svg('path', {
          d: `M${x + 4} ${y + 4} L${x + CELL - 4} ${y + CELL - 4} M${x + CELL - 4} ${y + 4} L${x + 4} ${y + CELL - 4}`,
          stroke: '#ffffff',
          'stroke-width': 2,
        }),
      );
    if (day.status === 'no-service')
      g.appendChild(
        svg('path', {
          d: `M${x + 4} ${y + CELL / 2} L${x + CELL - 4} ${y + CELL / 2}`,
          stroke: '#ffffff',
          'stroke-width': 2,
        }),
      );
    root.appendChild(g);
  }
  return root;
}
