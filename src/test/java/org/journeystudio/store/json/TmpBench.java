package org.journeystudio.store.json;
class TmpBench { @org.junit.jupiter.api.Test void b() throws Exception {
  String json = JourneyJson.toJson(SampleMaps.everyField(org.journeystudio.model.RatingScale.ONE_TO_SEVEN));
  for (int r = 0; r < 4; r++) { long t = System.nanoTime();
   for (int i = 0; i < 500; i++) { try (var p = JsonFormat.FACTORY.createParser(json)) { while (p.nextToken() != null) { p.currentTokenLocation(); } } }
   long a = (System.nanoTime() - t) / 500 / 1000; t = System.nanoTime();
   for (int i = 0; i < 500; i++) FormatVersionCheck.require(json, "x");
   long b = (System.nanoTime() - t) / 500 / 1000; t = System.nanoTime();
   for (int i = 0; i < 500; i++) JourneyJson.read(new java.io.StringReader(json), "x");
   long c = (System.nanoTime() - t) / 500 / 1000; t = System.nanoTime();
   for (int i = 0; i < 500; i++) JourneyJson.toJson(SampleMaps.everyField(org.journeystudio.model.RatingScale.ONE_TO_SEVEN));
   long d = (System.nanoTime() - t) / 500 / 1000;
   System.err.println("tokens " + a + " version " + b + " read " + c + " write " + d); }
}}
