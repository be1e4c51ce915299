// Changing a newsroom's verdict scale. Every page that names a verdict reads the scale from
// one query per newsroom, which each change refreshes; moving and retiring show at once and
// are put back if the database refuses.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Verdict } from '../../../entities/verdicts/api/get-verdicts';
import { verdictQueries } from '../../../entities/verdicts/api/verdict-queries';
import { addVerdict } from '../api/add-verdict';
import { deleteVerdict } from '../api/delete-verdict';
import { swapVerdicts } from '../api/swap-verdicts';
import { updateVerdict, type VerdictChange } from '../api/update-verdict';

function useOptimisticScale(newsroomId: string) {
  const queryClient = useQueryClient();
  const { queryKey } = verdictQueries.scale(newsroomId);
  return {
    queryKey,
    async apply(change: (scale: Verdict[]) => Verdict[]) {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData(queryKey);
      if (previous !== undefined) queryClient.setQueryData(queryKey, change(previous));
      return { previous };
    },
    rollBack(context: { previous: Verdict[] | undefined } | undefined) {
      if (context?.previous !== undefined) queryClient.setQueryData(queryKey, context.previous);
    },
  };
}

function bySort(a: Verdict, b: Verdict): number {
  return a.sort - b.sort || a.label.localeCompare(b.label);
}

export function useVerdictAddition(newsroomId: string) {
  const { queryKey } = verdictQueries.scale(newsroomId);
  return useMutation({ mutationFn: addVerdict, meta: { invalidates: [queryKey] } });
}

export function useVerdictChange(newsroomId: string) {
  const scale = useOptimisticScale(newsroomId);
  return useMutation({
    mutationFn: updateVerdict,
    onMutate: ({ verdictId, change }: { verdictId: string; change: VerdictChange }) =>
      scale.apply((verdicts) => verdicts.map((verdict) => (verdict.id === verdictId ? { ...verdict, ...change } : verdict))),
    onError: (_error, _variables, context) => scale.rollBack(context),
    meta: { invalidates: [scale.queryKey] },
  });
}

export function useVerdictMove(newsroomId: string) {
  const scale = useOptimisticScale(newsroomId);
  return useMutation({
    mutationFn: swapVerdicts,
    // Moves pressed in quick succession run one after another, each from the order the
    // previous one left, so none is dropped and their updates never interleave.
    scope: { id: `verdict-moves:${newsroomId}` },
    onMutate: ({ moving, neighbour }: { moving: Verdict; neighbour: Verdict }) =>
      scale.apply((verdicts) =>
        verdicts
          .map((verdict) => {
            if (verdict.id === moving.id) return { ...verdict, sort: neighbour.sort };
            if (verdict.id === neighbour.id) return { ...verdict, sort: moving.sort };
            return verdict;
          })
          .sort(bySort),
      ),
    onError: (_error, _variables, context) => scale.rollBack(context),
    meta: { invalidates: [scale.queryKey] },
  });
}

export function useVerdictDeletion(newsroomId: string) {
  const { queryKey } = verdictQueries.scale(newsroomId);
  return useMutation({ mutationFn: deleteVerdict, meta: { invalidates: [queryKey] } });
}
