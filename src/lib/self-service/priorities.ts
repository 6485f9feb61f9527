/**
 * Translation priorities: self-service solutions that are not fully in English, ranked by how many guide tasks and
 * situations depend on them (the source report's idea: translate the few that help most people first).
 */
import type { EnglishAvailability } from '../schemas/task.ts';

export interface RankableService {
  slug: string;
  nameEn: string;
  english: EnglishAvailability;
  tasks: string[];
}
export interface RankableTask {
  slug: string;
  situations: string[];
}
export interface Priority {
  slug: string;
  nameEn: string;
  english: EnglishAvailability;
  taskCount: number;
  situationCount: number;
  score: number;
  rank: number;
}

export function translationPriorities(services: RankableService[], tasks: RankableTask[]): Priority[] {
  const bySlug = new Map(tasks.map((t) => [t.slug, t]));
  return services
    .filter((s) => s.english !== 'full')
    .map((s) => {
      const related = s.tasks.map((t) => bySlug.get(t)).filter((t): t is RankableTask => Boolean(t));
      const situations = new Set(related.flatMap((t) => t.situations));
      return {
        slug: s.slug,
        nameEn: s.nameEn,
        english: s.english,
        taskCount: related.length,
        situationCount: situations.size,
        score: related.length + situations.size,
      };
    })
    .sort((a, b) => b.score - a.score || b.taskCount - a.taskCount || a.nameEn.localeCompare(b.nameEn))
    .map((p, i) => ({ ...p, rank: i + 1 }));
}
