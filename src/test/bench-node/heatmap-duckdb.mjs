// The native DuckDB side of HeatmapBenchmark, timed as a whole process: node start, loading DuckDB, a new
// in-memory database, the GROUP BY over read_csv, and printing every row as CSV (segment, then mean and n per
// touchpoint). Usage: node heatmap-duckdb.mjs SURVEY.csv SEGMENT TOUCHPOINT...
import { DuckDBInstance } from '@duckdb/node-api';

const [survey, segment, ...touchpoints] = process.argv.slice(2);
const quote = (identifier) => '"' + identifier.replaceAll('"', '""') + '"';
const select = touchpoints
    .map((t) => `avg(nullif(${quote(t)}, 0)), count(nullif(${quote(t)}, 0))`)
    .join(', ');
const sql = `SELECT lower(trim(${quote(segment)})) AS segment, ${select} `
    + `FROM read_csv('${survey.replaceAll("'", "''")}', header = true) GROUP BY 1`;

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const reader = await connection.runAndReadAll(sql);
const lines = reader.getRows().map((row) => row.map((value) => String(value)).join(','));
process.stdout.write(lines.join('\n') + '\n');
