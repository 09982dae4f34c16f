-- AlterTable
ALTER TABLE "EventReport" ADD COLUMN     "date" DATE,
ADD COLUMN     "datePrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN';

-- AlterTable
ALTER TABLE "MeetingReport" ADD COLUMN     "date" DATE,
ADD COLUMN     "datePrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN';
