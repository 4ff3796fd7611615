/**
 * `<coop-details>`: the card of the focused establishment (name, kind,
 * commune, zone, bassin, CHT/GHT, each cooperation with date and topics,
 * posts, sources) or bassin (counts, establishments, zones). Partners and
 * establishments are buttons that emit `coop-select`; the close button
 * emits `coop-select` with `id: null`.
 *
 * Over 350 lines: four cards (establishment, bassin, cooperation, commune) that share their source and distance rows.
 */
import { LitElement, html, nothing } from 'lit';
import type { BassinId, SeedInfo, Source } from '../../model/types.ts';
import { POST_SCHEME_IDS, SCHEMES } from '../../model/registry.ts';
import type { BassinCard, CommuneCard, CooperationCard, EstablishmentCard } from '../../query/cards.ts';
import type { Lang } from '../../query/types.ts';
import { formatDate, formatDecimal, translated, msg } from '../../i18n/index.ts';
import { elsewhereText, siteValueStatusText } from '../../i18n/status.ts';
import { kindNoteOf, nameOf, noteOf, topicsOf } from '../../query/localize.ts';
import { LINK_STYLES } from '../../map/palette.ts';
import { emit } from '../events.ts';
import { sourceRef } from '../source-ref.ts';
import { sharedStyles } from '../shared-styles.ts';
import { detailsStyles } from './details.styles.ts';

export class CoopDetails extends LitElement {
  static override styles = [sharedStyles, detailsStyles];
  static override properties = {
    seeds: { attribute: false },
    lang: {},
    establishment: { attribute: false },
    bassin: { attribute: false },
    cooperation: { attribute: false },
    commune: { attribute: false },
    names: { attribute: false },
    zoneNames: { attribute: false },
    distances: { attribute: false },
    hubKm: { attribute: false },
  };

  /** UI language (`fr` or `en`). */
  declare lang: Lang;
  /** The seeds' titles and dates (`data/sources.json`), to name each source. */
  declare seeds: readonly SeedInfo[];
  /** The card of the focused establishment (from `establishmentCard`), or null. */
  declare establishment: EstablishmentCard | null;
  /** The card of the focused bassin (from `bassinCard`), or null. */
  declare bassin: BassinCard | null;
  /** The card of the focused cooperation (from `cooperationCard`), or null. */
  declare cooperation: CooperationCard | null;
  /** The card of the commune chosen in the search (from `communeCard`), or null. */
  declare commune: CommuneCard | null;
  /** Short names of establishments by id, to name partners. */
  declare names: ReadonlyMap<string, string>;
  /** Names of zones de proximité by id. */
  declare zoneNames: ReadonlyMap<string, string>;
  /** Great-circle km from the focused establishment to the others (from `distancesFrom`), shown beside partners; null for none. */
  declare distances: ReadonlyMap<string, number> | null;
  /** Great-circle km from the CHRU to the focused establishment, or null (the CHRU itself, or unknown). */
  declare hubKm: number | null;

  constructor() {
    super();
    this.lang = 'fr';
    this.seeds = [];
    this.establishment = null;
    this.bassin = null;
    this.cooperation = null;
    this.commune = null;
    this.names = new Map();
    this.zoneNames = new Map();
    this.distances = null;
    this.hubKm = null;
  }

  private km(value: number): string {
    return formatDecimal(Math.round(value * 10) / 10, this.lang, 1);
  }

  /** Moves focus to the card's heading (after a selection, for keyboard and screen-reader users). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private select(id: string | null): void {
    emit(this, 'coop-select', { id });
  }

  private sources(list: readonly Source[]) {
    const t = msg(this.lang);
    if (list.length === 0) return nothing;
    return html`<details class="src">
      <summary>${t.details.sources} (${list.length})</summary>
      <ul>
        ${list.map((s) => html`<li>${sourceRef(s, this.seeds, this.lang)}</li>`)}
      </ul>
    </details>`;
  }

  private partner(id: string) {
    const km = this.establishment ? this.distances?.get(id) : undefined;
    return html`<button class="link-btn" @click=${() => this.select(id)}>${this.names.get(id) ?? id}</button>${
        km !== undefined && km > 0 ? html` <span class="muted small" data-km=${id}>(${this.km(km)} km)</span>` : nothing
      }`;
  }

  override render() {
    const t = msg(this.lang);
    if (this.establishment) return this.renderEstablishment(this.establishment);
    if (this.bassin) return this.renderBassin(this.bassin);
    if (this.cooperation) return this.renderCooperation(this.cooperation);
    if (this.commune) return this.renderCommune(this.commune);
    return html`<p class="empty muted">${t.details.empty}</p>`;
  }

  private header(title: string, sub: string) {
    const t = msg(this.lang);
    return html`<header>
      <div>
        <h2 tabindex="-1" data-testid="details-title">${title}</h2>
        <p class="sub">${sub}</p>
      </div>
      <button class="btn close" aria-label=${t.details.clear} @click=${() => this.select(null)}>✕</button>
    </header>`;
  }

  private renderEstablishment(card: EstablishmentCard) {
    const t = msg(this.lang);
    const e = card.establishment;
    const zone = card.zone ? (this.zoneNames.get(card.zone) ?? card.zone) : null;
    const posts = POST_SCHEME_IDS.flatMap((s) => card.siteValues[s]);
    const note = noteOf(e, this.lang);
    const kindNote = kindNoteOf(e, this.lang);
    return html`<article data-testid="details" data-id=${e.id}>
      ${this.header(nameOf(e, this.lang), t.kinds[e.kind])}
      <dl>
        ${
          kindNote !== undefined
            ? html`<dt>${t.details.kind}</dt>
                <dd data-testid="kind-source">
                  ${t.kinds[e.kind]} <span class="muted small">(${t.keyFacts.kindPublic})</span>
                  <span class="note small kind-note">${kindNote}</span>
                </dd>`
            : nothing
        }
        <dt>${t.details.commune}</dt>
        <dd>
          ${e.commune.name}${e.country === 'BE' ? ` (${t.details.belgium})` : ''}
          <span class="muted small">— ${t.details.located[e.located]}</span>
        </dd>
        ${
          zone
            ? html`<dt>${t.details.zone}</dt>
                <dd>${zone}</dd>`
            : nothing
        }
        ${
          this.hubKm !== null && this.hubKm > 0
            ? html`<dt>${t.rates.distance}</dt>
                <dd data-testid="hub-km">${t.rates.fromHub(this.km(this.hubKm))}</dd>`
            : nothing
        }
        ${
          card.bassin
            ? html`<dt>${t.details.bassin}</dt>
                <dd><button class="link-btn" @click=${() => this.select(card.bassin)}>${t.bassins[card.bassin as BassinId]}</button></dd>`
            : nothing
        }
        ${
          card.memberships.length > 0
            ? html`<dt>${t.details.memberships}</dt>
                <dd>${card.memberships.map((m, i) => html`${i > 0 ? ', ' : ''}${translated(this.lang, m, 'name')}`)}</dd>`
            : nothing
        }
      </dl>
      ${note ? html`<p class="note small">${note}</p>` : nothing}

      <h3>${t.details.cooperations} (${card.cooperations.length})</h3>
      ${
        card.cooperations.length === 0
          ? html`<p class="muted small">${t.details.noCooperation}</p>`
          : html`<ul class="coops">
              ${card.cooperations.map(
                (c) =>
                  html`<li>
                    <span class="kind" style=${`--kind:${LINK_STYLES[c.kind].color}`}>${t.linkKinds[c.kind]}</span>
                    <strong>${translated(this.lang, c, 'name')}</strong>
                    <span class="date ${c.date ? '' : 'undated'}" data-testid="coop-date"
                      >${
                        c.date
                          ? `${t.details.since} ${formatDate(c.date, this.lang, c.datePrecision)} · ${t.details.status[c.status] ?? c.status}`
                          : c.attested
                            ? t.details.attested(
                                translated(this.lang, c.attested, 'title'),
                                translated(this.lang, c.attested, 'when'),
                                t.details.status[c.status] ?? c.status,
                              )
                            : `${t.details.undated} · ${t.details.status[c.status] ?? c.status}`
                      }</span
                    >
                    ${
                      c.partners.length > 0
                        ? html`<span class="partners"
                            >${t.details.with} ${c.partners.map((p, i) => html`${i > 0 ? ', ' : ''}${this.partner(p)}`)}</span
                          >`
                        : nothing
                    }
                    ${c.topics.length > 0 ? html`<span class="topics">${topicsOf(c, this.lang).join(' · ')}</span>` : nothing}
                    ${this.sources(c.sources)}
                  </li>`,
              )}
            </ul>`
      }

      <h3>${t.details.posts}</h3>
      ${
        posts.length === 0
          ? html`<p class="muted small">${t.details.noPosts}</p>`
          : html`<ul class="posts">
              ${POST_SCHEME_IDS.flatMap((scheme) =>
                card.siteValues[scheme].map(
                  (v) =>
                    html`<li>
                      <strong>${t.filters.schemeNames[scheme]}</strong>
                      <span class="v"
                        >${v.value}${v.certainty !== 'stated' ? html`<abbr title=${t.counts.inferredMark}>*</abbr>` : nothing}</span
                      >
                      <span class="muted small">« ${v.label} »</span>
                      ${
                        v.shared
                          ? html`<span class="small"
                              >${t.details.shared}
                              ${v.establishments.filter((id) => id !== e.id).map((p, i) => html`${i > 0 ? ', ' : ''}${this.partner(p)}`)}</span
                            >`
                          : nothing
                      }
                      <span class="small status" data-testid="site-status">${siteValueStatusText(v.status, this.lang)}</span>
                      ${v.status.communeBassin ? html`<span class="small status" data-testid="elsewhere">${elsewhereText(v.status, v.bassin, this.lang)}</span>` : nothing}
                      ${v.note ? html`<span class="small note">${noteOf(v, this.lang)}</span>` : nothing} ${this.sources(v.sources)}
                    </li>`,
                ),
              )}
            </ul>`
      }
      ${this.sources(card.sources)}
    </article>`;
  }

  private renderCooperation(card: CooperationCard) {
    const t = msg(this.lang);
    const x = t.explore;
    const c = card.cooperation;
    return html`<article data-testid="details" data-id=${c.id} data-type="cooperation">
      ${this.header(translated(this.lang, c, 'name'), `${x.cooperation} · ${t.linkKinds[c.kind]}`)}
      <dl>
        <dt>${x.atDateLabel}</dt>
        <dd data-testid="coop-at-date">${x.atDate[card.atDate]}</dd>
        <dt>${x.statusLabel}</dt>
        <dd>${t.details.status[c.status] ?? c.status}</dd>
        <dt>${x.dateLabel}</dt>
        <dd>${c.date ? formatDate(c.date, this.lang, c.datePrecision) : html`<span class="undated">${x.undated}</span>`}</dd>
        ${
          c.topics.length > 0
            ? html`<dt>${x.topics}</dt>
                <dd>${topicsOf(c, this.lang).join(' · ')}</dd>`
            : nothing
        }
      </dl>
      ${card.inferred ? html`<p class="note small">* ${x.inferred}</p>` : nothing}
      ${c.note ? html`<p class="note small">${noteOf(c, this.lang)}</p>` : nothing}
      <h3>${x.members} (${card.members.length + card.unknownMembers.length})</h3>
      <ul class="estabs" data-testid="coop-members">
        ${card.members.map(
          (m) =>
            html`<li>
              ${this.partner(m.id)} <span class="muted small">${t.kinds[m.kind]}${m.role === 'hub' ? ` · ${x.hub}` : ''}</span>
            </li>`,
        )}
        ${card.unknownMembers.map((m) => html`<li>${m} <span class="muted small">${x.unknownMember}</span></li>`)}
      </ul>
      ${this.sources(c.sources)}
    </article>`;
  }

  private renderCommune(card: CommuneCard) {
    const t = msg(this.lang);
    const x = t.explore;
    const c = card.commune;
    return html`<article data-testid="details" data-id=${c.insee} data-type="commune">
      ${this.header(c.name, x.communeOf(c.insee))}
      <dl>
        <dt>${t.details.zone}</dt>
        <dd data-testid="commune-zone">${card.zone?.name ?? c.zone}</dd>
        ${
          card.bassin
            ? html`<dt>${t.details.bassin}</dt>
                <dd>
                  <button class="link-btn" data-testid="commune-bassin" @click=${() => this.select(card.bassin)}>
                    ${t.bassins[card.bassin]}
                  </button>
                </dd>`
            : nothing
        }
      </dl>
      <h3>${x.inCommune} (${card.establishments.length})</h3>
      ${
        card.establishments.length === 0
          ? html`<p class="muted small" data-testid="commune-none">${x.noneInCommune}</p>`
          : html`<ul class="estabs">
              ${card.establishments.map((e) => html`<li>${this.partner(e.id)} <span class="muted small">${t.kinds[e.kind]}</span></li>`)}
            </ul>`
      }
      <h3>${x.nearest}</h3>
      <ol class="estabs" data-testid="commune-nearest">
        ${card.nearest.map(
          (n) =>
            html`<li data-id=${n.establishment.id}>
              ${this.partner(n.establishment.id)}
              <span class="muted small"
                >${x.km(new Intl.NumberFormat(t.dateFormat, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n.km))} ·
                ${t.kinds[n.establishment.kind]}</span
              >
            </li>`,
        )}
      </ol>
      <p class="muted small">${x.nearestNote}</p>
    </article>`;
  }

  private renderBassin(card: BassinCard) {
    const t = msg(this.lang);
    return html`<article data-testid="details" data-id=${card.bassin}>
      ${this.header(`${t.details.bassin} ${t.bassins[card.bassin]}`, `${card.zones.length} ${t.details.zones.toLowerCase()}`)}
      <dl>
        <dt>${t.details.countsOf}</dt>
        <dd>
          ${SCHEMES.map((s) => `${t.filters.schemeNames[s]} ${card.counts[s].value}${card.counts[s].inferred ? '*' : ''}`).join(' · ')}
        </dd>
        <dt>${t.details.zones}</dt>
        <dd>${card.zones.map((z) => z.name).join(', ')}</dd>
      </dl>
      <h3>${t.details.establishments} (${card.establishments.length})</h3>
      <ul class="estabs">
        ${card.establishments.map((e) => html`<li>${this.partner(e.id)} <span class="muted small">${t.kinds[e.kind]}</span></li>`)}
      </ul>
    </article>`;
  }
}

customElements.define('coop-details', CoopDetails);

declare global {
  interface HTMLElementTagNameMap {
    'coop-details': CoopDetails;
  }
}
