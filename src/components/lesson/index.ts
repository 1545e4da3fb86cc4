import Figure from './Figure.astro';
import Remember from './Remember.astro';
import Step from './Step.astro';
import Steps from './Steps.astro';
import Tip from './Tip.astro';
import Video from './Video.astro';
import Warning from './Warning.astro';

/** The components lesson authors use in MDX, without importing them. */
export const lessonComponents = { Figure, Remember, Step, Steps, Tip, Video, Warning };
