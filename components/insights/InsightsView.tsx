// Insights over the stored history: props in, filter changes out. No
// extension APIs and no IndexedDB here: the options App loads the records.
// Page text (review ids, ASINs, quotes) is rendered as text only.
import type { ChartConfiguration } from 'chart.js';
import { useMemo, useState } from 'preact/hooks';
import { labelOf, optionsUi, type Catalog, type Lang } from '../../lib/i18n/ui.ts';
import {
  applyFilter,
  byAsin,
  CAUSE_KEYS,
  causeTotals,
  filterOptions,
  headline,
  removableShare,
  risks as risksOf,
  upcomingDeadlines,
  weeklyByRootCause,
  type CauseKey,
  type InsightsFilter,
} from '../../lib/insights/index.ts';
import { percent } from '../../lib/insights/i18n.ts';
import { OUTCOME_ACTIONS, outcomesByAction, type OutcomeView } from '../../lib/insights/outcomes.ts';
import { GROUNDS, RISK_LABELS, ROOT_CAUSE_LABELS } from '../../lib/reviews/labels.ts';
import type { ChecklistRecord, ReviewRecord } from '../../lib/records/index.ts';
import { ChartCanvas } from './Chart.tsx';
import { InsightsFilters } from './InsightsFilters.tsx';

export interface InsightsViewProps {
  records: readonly ReviewRecord[];
  checklists?: readonly ChecklistRecord[];
  now: Date;
  lang: Lang;
  initialFilter?: InsightsFilter;
  /** Told about every filter change (e.g. to remember it). */
  onFilterChange?: (filter: InsightsFilter) => void;
}

/** Colours per root cause (Amazon-like palette, distinguishable in grey too). */
export const CAUSE_COLORS: Record<CauseKey, string> = {
  quality: '#b12704',
  'not-as-described': '#ff9900',
  logistics: '#007185',
  usage: '#067d62',
  preference: '#8d9096',
  authenticity: '#6b2fa3',
  service: '#232f3e',
  none: '#d5d9d9',
};

const MAX_DEADLINE_ROWS = 50;

export function causeLabel(c: CauseKey, lang: Lang, t: Catalog['options']): string {
  return c === 'none' ? t.noCause : ROOT_CAUSE_LABELS[c][lang];
}

export function InsightsView({ records, checklists = [], now, lang, initialFilter, onFilterChange }: InsightsViewProps) {
  const t = optionsUi(lang);
  const [filter, setFilter] = useState<InsightsFilter>(initialFilter ?? {});
  const options = useMemo(() => filterOptions(records), [records]);
  const change = (f: InsightsFilter) => {
    setFilter(f);
    onFilterChange?.(f);
  };

  if (records.length === 0) {
    return (
      <section class="rgo-empty" data-insights="empty" aria-labelledby="rgo-empty-title">
        <h2 id="rgo-empty-title">{t.emptyTitle}</h2>
        <p>{t.empty}</p>
      </section>
    );
  }

  const visible = applyFilter(records, filter);
  return (
    <div class="rgo-insights" data-insights="ready">
      <p class="rgo-intro">{t.intro}</p>
      <InsightsFilters filter={filter} hosts={options.hosts} asins={options.asins} lang={lang} onChange={change} />
      {visible.length === 0 ? (
        <p class="rgo-nomatch" role="status" data-insights="no-match">
          {t.noMatch}{' '}
          <button type="button" class="rgc-btn" onClick={() => change({})}>
            {t.clearFilters}
          </button>
        </p>
      ) : (
        <Dashboard records={visible} checklists={checklists} now={now} lang={lang} filter={filter} />
      )}
    </div>
  );
}

interface DashboardProps {
  records: readonly ReviewRecord[];
  checklists: readonly ChecklistRecord[];
  now: Date;
  lang: Lang;
  filter: InsightsFilter;
}

/** The figures, charts and tables for records that already passed the filter. */
function Dashboard({ records, checklists, now, lang, filter }: DashboardProps) {
  const t = optionsUi(lang);
  // Records are filtered already; the weekly chart still needs the date range for its empty weeks.
  const range: InsightsFilter = { ...(filter.from ? { from: filter.from } : {}), ...(filter.to ? { to: filter.to } : {}) };
  const head = useMemo(() => headline(records, now, {}, checklists), [records, now, checklists]);
  const weekly = useMemo(() => weeklyByRootCause(records, range), [records, range.from, range.to]);
  const causes = useMemo(() => causeTotals(records), [records]);
  const asins = useMemo(() => byAsin(records, {}, 10), [records]);
  const share = useMemo(() => removableShare(records), [records]);
  const riskData = useMemo(() => risksOf(records), [records]);
  const deadlines = useMemo(() => upcomingDeadlines(records, now, {}, checklists), [records, now, checklists]);
  const outcomes = useMemo(() => outcomesByAction(records, checklists), [records, checklists]);

  return (
    <>
      <ul class="rgo-figures" aria-label={t.figures}>
        <Figure id="reviews" label={t.figReviews} value={head.reviews} />
        <Figure id="negative" label={t.figNegative} value={head.negative} />
        <Figure id="removable" label={t.figRemovable} value={head.removable} note={t.ofNegative(percent(share.share))} />
        <Figure id="risks" label={t.figRisk} value={head.withRisk} tone={head.withRisk ? 'red' : undefined} />
        <Figure id="deadlines" label={t.figDeadlines} value={head.openDeadlines} note={t.dueWeek(head.dueThisWeek)} tone={head.dueThisWeek ? 'amber' : undefined} />
      </ul>
      <div class="rgo-grid">
        <section class="rgo-card rgo-card--wide" aria-labelledby="rgo-weekly-title">
          <h2 id="rgo-weekly-title">{t.weeklyTitle}</h2>
          <WeeklyChart weekly={weekly} causes={causes} lang={lang} />
        </section>
        <section class="rgo-card" aria-labelledby="rgo-asin-title">
          <h2 id="rgo-asin-title">{t.asinTitle}</h2>
          <AsinChart data={asins} lang={lang} />
        </section>
        <section class="rgo-card" aria-labelledby="rgo-removable-title">
          <h2 id="rgo-removable-title">{t.removableTitle}</h2>
          <RemovableChart share={share} lang={lang} />
        </section>
        <section class="rgo-card" aria-labelledby="rgo-risks-title" data-section="risks">
          <h2 id="rgo-risks-title">{t.risksTitle}</h2>
          <RiskList data={riskData} lang={lang} />
        </section>
        <section class="rgo-card" aria-labelledby="rgo-deadlines-title" data-section="deadlines">
          <h2 id="rgo-deadlines-title">{t.deadlinesTitle}</h2>
          <DeadlineTable rows={deadlines} lang={lang} />
        </section>
        <section class="rgo-card rgo-card--wide" aria-labelledby="rgo-outcomes-title" data-section="outcomes">
          <h2 id="rgo-outcomes-title">{t.outcomesTitle}</h2>
          <Outcomes view={outcomes} lang={lang} />
        </section>
      </div>
    </>
  );
}

/** Per action taken: how many items changed and how, then the changes per week. */
function Outcomes({ view, lang }: { view: OutcomeView; lang: Lang }) {
  const t = optionsUi(lang);
  const action = (a: string) => labelOf(t.outcomeActions, a) ?? a;
  return (
    <>
      <p class="rgo-muted">{t.outcomesIntro}</p>
      <table class="rgo-table" data-outcomes="by-action">
        <thead>
          <tr>
            <th scope="col">{t.colAction}</th>
            <th scope="col">{t.colWorked}</th>
            <th scope="col">{t.colChanged}</th>
            <th scope="col">{t.colRatingUp}</th>
            <th scope="col">{t.colRatingDown}</th>
            <th scope="col">{t.colTextChanged}</th>
            <th scope="col">{t.colRemoved}</th>
            <th scope="col">{t.colStruck}</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((r) => (
            <tr key={r.action} data-outcome-action={r.action} data-worked={r.worked} data-changed={r.changed} data-rating-up={r.ratingUp} data-removed={r.removed}>
              <th scope="row">{action(r.action)}</th>
              <td>{r.worked}</td>
              <td>{r.changed}</td>
              <td>{r.ratingUp}</td>
              <td>{r.ratingDown}</td>
              <td>{r.text}</td>
              <td>{r.removed}</td>
              <td>{r.struck}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {view.weeks.length === 0 ? (
        <p class="rgo-muted" data-outcomes="none">
          {t.noOutcomes}
        </p>
      ) : (
        <>
          <h3 class="rgo-h3">{t.outcomesWeekly}</h3>
          <table class="rgo-table" data-outcomes="weekly">
            <thead>
              <tr>
                <th scope="col">{t.week}</th>
                {OUTCOME_ACTIONS.map((a) => (
                  <th scope="col" key={a}>
                    {action(a)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.weeks.map((w) => (
                <tr key={w.week} data-week={w.week}>
                  <th scope="row">{w.week}</th>
                  {OUTCOME_ACTIONS.map((a) => (
                    <td key={a}>{w.counts[a]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}

function Figure({ id, label, value, note, tone }: { id: string; label: string; value: number; note?: string; tone?: 'red' | 'amber' | undefined }) {
  return (
    <li class={`rgo-figure${tone ? ` rgo-figure--${tone}` : ''}`} data-figure={id}>
      <span class="rgo-figure__value" data-value={value}>
        {value}
      </span>
      <span class="rgo-figure__label">{label}</span>
      {note ? <span class="rgo-figure__note">{note}</span> : null}
    </li>
  );
}

function WeeklyChart({ weekly, causes, lang }: { weekly: ReturnType<typeof weeklyByRootCause>; causes: ReturnType<typeof causeTotals>; lang: Lang }) {
  const t = optionsUi(lang);
  const used = CAUSE_KEYS.filter((k) => weekly.series[k].some((n) => n > 0));
  const config = useMemo<ChartConfiguration<'bar'>>(
    () => ({
      type: 'bar',
      data: {
        labels: weekly.weeks.map((w) => w.slice(5)),
        datasets: used.map((k) => ({ label: causeLabel(k, lang, t), data: weekly.series[k], backgroundColor: CAUSE_COLORS[k], stack: 'causes' })),
      },
      options: {
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } }, tooltip: { callbacks: { title: (items) => `${t.week} ${weekly.weeks[items[0]?.dataIndex ?? 0] ?? ''}` } } },
        scales: { x: { stacked: true, grid: { display: false } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      },
    }),
    [weekly, lang],
  );
  const top = causes[0] ? causeLabel(causes[0].cause, lang, t) : '';
  return (
    <ChartCanvas
      id="weekly"
      config={config}
      label={t.weeklyTitle}
      summary={t.weeklySummary(weekly.count, weekly.weeks.length, top)}
      tableLabel={t.showTable}
      height={280}
      table={
        <table class="rgo-table">
          <thead>
            <tr>
              <th scope="col">{t.week}</th>
              {used.map((k) => (
                <th scope="col" key={k}>
                  {causeLabel(k, lang, t)}
                </th>
              ))}
              <th scope="col">{t.total}</th>
            </tr>
          </thead>
          <tbody>
            {weekly.weeks.map((w, i) =>
              weekly.totals[i] ? (
                <tr key={w}>
                  <th scope="row">{w}</th>
                  {used.map((k) => (
                    <td key={k}>{weekly.series[k][i]}</td>
                  ))}
                  <td>{weekly.totals[i]}</td>
                </tr>
              ) : null,
            )}
          </tbody>
        </table>
      }
    />
  );
}

function AsinChart({ data, lang }: { data: ReturnType<typeof byAsin>; lang: Lang }) {
  const t = optionsUi(lang);
  const config = useMemo<ChartConfiguration<'bar'>>(
    () => ({
      type: 'bar',
      data: {
        labels: data.rows.map((r) => r.asin),
        datasets: [{ label: t.negative, data: data.rows.map((r) => r.negative), backgroundColor: '#ff9900', borderRadius: 3 }],
      },
      options: {
        indexAxis: 'y',
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { grid: { display: false } } },
      },
    }),
    [data, lang],
  );
  const top = data.rows[0];
  return (
    <>
      <ChartCanvas
        id="asin"
        config={config}
        label={t.asinTitle}
        summary={t.asinSummary(data.asinCount, top?.asin ?? '', top?.negative ?? 0)}
        tableLabel={t.showTable}
        height={Math.max(140, 28 * data.rows.length + 40)}
        table={
          <table class="rgo-table">
            <thead>
              <tr>
                <th scope="col">{t.asin}</th>
                <th scope="col">{t.negative}</th>
                <th scope="col">{t.allReviews}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={r.asin} data-asin-row={r.asin}>
                  <th scope="row">{r.asin}</th>
                  <td>{r.negative}</td>
                  <td>{r.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      {data.withoutAsin ? <p class="rgo-muted">{t.withoutAsin(data.withoutAsin)}</p> : null}
    </>
  );
}

function RemovableChart({ share, lang }: { share: ReturnType<typeof removableShare>; lang: Lang }) {
  const t = optionsUi(lang);
  const config = useMemo<ChartConfiguration<'doughnut'>>(
    () => ({
      type: 'doughnut',
      data: {
        labels: [t.removableLabel, t.notRemovableLabel],
        datasets: [{ data: [share.removable, share.negative - share.removable], backgroundColor: ['#067d62', '#d5d9d9'], borderWidth: 0 }],
      },
      options: { cutout: '68%', plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } } },
    }),
    [share, lang],
  );
  return (
    <div class="rgo-removable">
      <div class="rgo-removable__chart">
        <ChartCanvas
          id="removable"
          config={config}
          label={t.removableTitle}
          summary={t.removableSummary(share.removable, share.negative, percent(share.share))}
          height={200}
        />
        <span class="rgo-removable__big" aria-hidden="true" data-share={percent(share.share)}>
          {percent(share.share)}
        </span>
      </div>
      <div class="rgo-removable__grounds">
        <h3>{t.groundsTitle}</h3>
        {share.grounds.length === 0 ? (
          <p class="rgo-muted">{t.noGrounds}</p>
        ) : (
          <ul class="rgo-bars">
            {share.grounds.map((g) => (
              <li key={g.id} data-ground={g.id}>
                <span class="rgo-bars__label">{GROUNDS[g.id].title[lang]}</span>
                <span class="rgo-bars__track" aria-hidden="true">
                  <span class="rgo-bars__fill" style={{ width: `${Math.round((g.count / Math.max(1, share.removable)) * 100)}%` }} />
                </span>
                <span class="rgo-bars__n">{g.count}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function kindLabel(kind: ReviewRecord['kind'], t: Catalog['options']): string {
  return kind === 'feedback' ? t.kindFeedback : t.kindReview;
}

function RiskList({ data, lang }: { data: ReturnType<typeof risksOf>; lang: Lang }) {
  const t = optionsUi(lang);
  if (data.items.length === 0) return <p class="rgo-muted">{t.noRisks}</p>;
  return (
    <>
      <ul class="rgo-chips">
        {(Object.keys(data.counts) as Array<keyof typeof data.counts>).map((id) => (
          <li key={id} class={`rgo-chip${data.counts[id] ? ' rgo-chip--red' : ''}`} data-risk-count={id} title={RISK_LABELS[id].alert[lang]}>
            {RISK_LABELS[id][lang]}: <strong>{data.counts[id]}</strong>
          </li>
        ))}
      </ul>
      <div class="rgo-scroll" tabIndex={0} role="region" aria-label={t.risksTitle}>
        <table class="rgo-table">
          <thead>
            <tr>
              <th scope="col">{t.colReview}</th>
              <th scope="col">{t.colDate}</th>
              <th scope="col">{t.colRisk}</th>
              <th scope="col">{t.colEvidence}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((r) => (
              <tr key={r.id} data-risk-review={r.id}>
                <td>
                  <ReviewCell id={r.id} kind={r.kind} asin={r.asin} rating={r.rating} t={t} />
                </td>
                <td class="rgo-nowrap">{r.date.slice(0, 10)}</td>
                <td>{r.risks.map((id) => RISK_LABELS[id][lang]).join(', ')}</td>
                <td class="rgo-quote">{r.quote ? `“${r.quote}”` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function ReviewCell({ id, kind, asin, rating, t }: { id: string; kind: ReviewRecord['kind']; asin?: string | undefined; rating: number; t: Catalog['options'] }) {
  return (
    <span class="rgo-review">
      <span class="rgo-review__id">{id}</span>
      <span class="rgo-review__meta">
        {kindLabel(kind, t)} · {'★'.repeat(Math.round(rating))}
        {asin ? ` · ${asin}` : ''}
      </span>
    </span>
  );
}

function DeadlineTable({ rows, lang }: { rows: ReturnType<typeof upcomingDeadlines>; lang: Lang }) {
  const t = optionsUi(lang);
  if (rows.length === 0) return <p class="rgo-muted">{t.noDeadlines}</p>;
  const shown = rows.slice(0, MAX_DEADLINE_ROWS);
  return (
    <div class="rgo-scroll" tabIndex={0} role="region" aria-label={t.deadlinesTitle}>
      <table class="rgo-table" data-table="deadlines">
        <thead>
          <tr>
            <th scope="col">{t.colReview}</th>
            <th scope="col">{t.colDeadline}</th>
            <th scope="col">{t.colLastDay}</th>
            <th scope="col">{t.colDaysLeft}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((d) => (
            <tr key={`${d.reviewId}/${d.deadlineId}`} data-deadline-review={d.reviewId} data-days-left={d.daysLeft}>
              <td>
                <ReviewCell id={d.reviewId} kind={d.kind} asin={d.asin} rating={d.rating} t={t} />
              </td>
              <td title={d.source}>{labelOf(t.deadlineNames, d.deadlineId) ?? d.deadlineId}</td>
              <td class="rgo-nowrap">{d.lastDay}</td>
              <td class={`rgo-nowrap rgo-days${d.daysLeft <= 7 ? ' rgo-days--soon' : ''}`}>{t.days(d.daysLeft)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown.length ? <p class="rgo-muted">{t.moreRows(rows.length - shown.length)}</p> : null}
    </div>
  );
}
