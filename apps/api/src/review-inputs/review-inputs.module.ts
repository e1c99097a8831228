import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module.js';
import { ReviewInputs } from './review-inputs.js';

@Module({ imports: [DirectoryModule], providers: [ReviewInputs], exports: [ReviewInputs] })
export class ReviewInputsModule {}
