// The passages that a requirement's own checks name through patterns of their own: the wording
// that contradicts it (`not-contradicted`), the part it also needs (`needs-also`) and the passage
// to quote first (`quote-first`). Conflicts and complements count only where the passage binds,
// which takes its modality; that is decided when a requirement first asks, so a requirement that
// does not apply (most of them in a tender without AI) costs no modality of its passages.
import type { ModalityResult } from "./modality.js";
import type { Target } from "./scan-compile.js";
import { negatedElsewhere } from "./modality-negation.js";
import type { Passage, ScanResult } from "./scan-passage.js";

export interface TargetPassages {
  /** Binding passages that contradict the requirement with this id. */
  readonly conflicts: (id: string) => readonly Passage[];
  /** Binding passages (a duty, or a right of the buyer) that hold the part the requirement also needs. */
  readonly complements: (id: string) => readonly Passage[];
  /** Passages that leave that other part open ("De bewaartermijnen worden na de gunning vastgelegd"). */
  readonly deferredComplements: (id: string) => readonly Passage[];
  /** Passages that the requirement's `quote-first` check names. */
  readonly preferred: (id: string) => ReadonlySet<Passage> | undefined;
}

type Hit = { readonly p: Passage; readonly target: Target; readonly at: number };

export function targetPassages(
  scanned: ScanResult,
  targets: readonly Target[],
  modality: (p: Passage) => ModalityResult,
  withdrawn: (p: Passage) => boolean,
): TargetPassages {
  // Every hit per requirement id, in passage order and then in the order of the passage's hits.
  const conflictHits = new Map<string, Hit[]>();
  const complementHits = new Map<string, Hit[]>();
  const preferredById = new Map<string, Set<Passage>>();
  for (const p of scanned.passages) {
    for (const hit of p.targets) {
      const target = targets[hit.target]!;
      if (target.kind === "preferred") {
        const set = preferredById.get(target.id);
        if (set) set.add(p);
        else preferredById.set(target.id, new Set([p]));
        continue;
      }
      const byId = target.kind === "conflict" ? conflictHits : target.kind === "complement" ? complementHits : undefined;
      if (!byId) continue;
      const list = byId.get(target.id);
      if (list) list.push({ p, target, at: hit.at });
      else byId.set(target.id, [{ p, target, at: hit.at }]);
    }
  }
  // "De bewaartermijnen worden na de gunning vastgelegd": the other part is left open.
  const leavesOpen = ({ p }: Hit) => {
    const m = modality(p);
    return m.modality === "deferred" && m.reason === "deferred" && !withdrawn(p);
  };
  // A duty or a right of the buyer ("kan de Provincie … exporteren") completes the requirement; a
  // passage that leaves the part open does not, even as the buyer's choice.
  const completes = (h: Hit) => {
    let m = modality(h.p);
    // "…draagt … over: de broncode, de configuratie …; persoonsgegevens die niet nodig zijn, worden
    // vernietigd": a negation in another clause leaves this clause's part standing.
    if (negatedElsewhere(h.p, m, h.at)) m = { modality: "obligation", reason: "obligation" };
    return !leavesOpen(h) && !((m.modality !== "obligation" && m.option !== "buyer") || withdrawn(h.p));
  };
  // Only a passage that binds or grants contradicts ("Vendor may use Customer Data to train …");
  // a question, a wish or a withdrawn clause does not. A denial binds where the conflict is one
  // ("the models shall not be handed over").
  const contradicts = ({ p, target }: Hit) => {
    const m = modality(p);
    const binds = m.modality === "obligation" || m.option !== undefined || (m.modality === "negated" && target.denial === true);
    return binds && !withdrawn(p);
  };
  const lazily = (hits: ReadonlyMap<string, Hit[]>, binds: (h: Hit) => boolean) => {
    const cache = new Map<string, readonly Passage[]>();
    return (id: string): readonly Passage[] => {
      let list = cache.get(id);
      if (!list) {
        list = (hits.get(id) ?? []).filter(binds).map((h) => h.p);
        cache.set(id, list);
      }
      return list;
    };
  };
  return {
    conflicts: lazily(conflictHits, contradicts),
    complements: lazily(complementHits, completes),
    deferredComplements: lazily(complementHits, leavesOpen),
    preferred: (id) => preferredById.get(id),
  };
}
