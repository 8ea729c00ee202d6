// The filter bar of the insights: review date range, marketplace (host), ASIN.
import { optionsUi, type Lang } from '../../lib/i18n/ui.ts';
import type { InsightsFilter } from '../../lib/insights/index.ts';

export interface InsightsFiltersProps {
  filter: InsightsFilter;
  hosts: readonly string[];
  asins: readonly string[];
  lang: Lang;
  onChange: (filter: InsightsFilter) => void;
}

/** Returns a copy of `f` with `key` set, or removed when the value is empty. */
function withField(f: InsightsFilter, key: keyof InsightsFilter, value: string): InsightsFilter {
  const next: InsightsFilter = { ...f };
  if (value) next[key] = value;
  else delete next[key];
  return next;
}

export function InsightsFilters({ filter, hosts, asins, lang, onChange }: InsightsFiltersProps) {
  const t = optionsUi(lang);
  const active = Boolean(filter.from || filter.to || filter.host || filter.asin);
  const set = (key: keyof InsightsFilter) => (e: Event) => onChange(withField(filter, key, (e.currentTarget as HTMLInputElement).value));
  return (
    <form class="rgo-filters" role="search" aria-label={t.filters} onSubmit={(e) => e.preventDefault()} data-filters>
      <label class="rgo-field">
        <span>{t.from}</span>
        <input type="date" name="from" value={filter.from ?? ''} max={filter.to} onChange={set('from')} />
      </label>
      <label class="rgo-field">
        <span>{t.to}</span>
        <input type="date" name="to" value={filter.to ?? ''} min={filter.from} onChange={set('to')} />
      </label>
      <label class="rgo-field">
        <span>{t.marketplace}</span>
        <select name="host" value={filter.host ?? ''} onChange={set('host')}>
          <option value="">{t.all}</option>
          {hosts.map((h) => (
            <option key={h} value={h}>
              {h.replace(/^sellercentral\./, '')}
            </option>
          ))}
        </select>
      </label>
      <label class="rgo-field">
        <span>{t.asin}</span>
        <select name="asin" value={filter.asin ?? ''} onChange={set('asin')}>
          <option value="">{t.all}</option>
          {asins.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <button type="button" class="rgc-btn" disabled={!active} onClick={() => onChange({})}>
        {t.clearFilters}
      </button>
    </form>
  );
}
