// Moves a verdict one place up or down the scale by swapping its place with its neighbour's.
// Two updates: should the second fail, both share a place and the scale orders them by
// label, so nothing is lost and a retry puts them right.
import type { Verdict } from '../../../entities/verdicts/api/get-verdicts';
import { updateVerdict } from './update-verdict';

export async function swapVerdicts({ moving, neighbour }: { moving: Verdict; neighbour: Verdict }) {
  await updateVerdict({ verdictId: moving.id, change: { sort: neighbour.sort } });
  await updateVerdict({ verdictId: neighbour.id, change: { sort: moving.sort } });
}
