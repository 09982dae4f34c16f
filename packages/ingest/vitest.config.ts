import { newsgraphVitest } from '@newsgraph/vitest-config';

export default newsgraphVitest();
