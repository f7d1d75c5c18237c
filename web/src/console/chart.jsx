const WIDTH = 320;
const HEIGHT = 120;
const PAD = { left: 8, right: 8, top: 10, bottom: 20 };

/**
 * A line of one metric over the days or hours of a report, scaled to its own largest value;
 * the figures are in the title and the table, the chart shows the shape.
 */
export function LineChart({ title, points, format }) {
  const values = points.map((point) => Number(point.value) || 0);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const x = (index) => PAD.left + (points.length <= 1 ? 0 : (index * (WIDTH - PAD.left - PAD.right)) / (points.length - 1));
  const y = (value) => PAD.top + (HEIGHT - PAD.top - PAD.bottom) * (1 - (value - min) / span);
  const line = values.map((value, index) => `${x(index).toFixed(1)},${y(value).toFixed(1)}`).join(' ');
  const total = values.reduce((sum, value) => sum + value, 0);
  return (
    <figure class="chart">
      <figcaption>{title} <span class="muted">total {format(total)}, peak {format(max)}</span></figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${title} by ${points.length} periods, peak ${format(max)}`}>
        <line class="axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} />
        {points.length > 0 && <polyline class="line" points={line} />}
        {points.length === 1 && <circle class="line" cx={x(0)} cy={y(values[0])} r="3" />}
        {points.length > 0 && <text x={PAD.left} y={HEIGHT - 4}>{points[0].label}</text>}
        {points.length > 1 && <text x={WIDTH - PAD.right} y={HEIGHT - 4} text-anchor="end">{points[points.length - 1].label}</text>}
      </svg>
    </figure>
  );
}
