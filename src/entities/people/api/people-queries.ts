// The people query, and the names by id that pages show for authors.
import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../query-keys';
import { getPeople } from './get-people';

export const peopleQueries = {
  names: () =>
    queryOptions({
      queryKey: queryKeys.people.all,
      queryFn: getPeople,
      select: (people) => new Map(people.map((person) => [person.id, person.display_name])),
    }),
};
