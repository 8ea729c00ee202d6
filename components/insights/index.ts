export { InsightsView, CAUSE_COLORS, type InsightsViewProps } from './InsightsView.tsx';
export { InsightsFilters, type InsightsFiltersProps } from './InsightsFilters.tsx';
export { ChartCanvas, type ChartCanvasProps } from './Chart.tsx';
