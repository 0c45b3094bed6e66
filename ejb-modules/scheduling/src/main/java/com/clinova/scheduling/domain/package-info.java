/**
 * The appointment aggregate with its state machine and permissions, and the pure computation of
 * free time (working hours in each location's zone, exceptions, busy periods). Practice facts
 * come in as the practice context's api views; the repository interface lives here and its JPA
 * implementation in infrastructure. Nothing here reads a clock or a database by itself.
 */
package com.clinova.scheduling.domain;
