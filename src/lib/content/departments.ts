/** 股室: each department's name by its id, for pages that show an article's department. */
export interface DepartmentLike {
  id: string;
  data: { name: string };
}

export const departmentNames = (departments: readonly DepartmentLike[]): Map<string, string> =>
  new Map(departments.map((d) => [d.id, d.data.name]));
